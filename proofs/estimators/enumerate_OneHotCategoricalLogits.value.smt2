; certjax: rule estimators.enumerate_OneHotCategoricalLogits, obligation 'value', verdict proved
; 4 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!4 () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun |f[2]| () Real)
(declare-fun log!97 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[2]| |logits[0]|))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (< 0.0 ?x57))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (< 0.0 ?x57))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x107 (/ ?x36 exp!4)))
 (let ((?x108 (* |f[1]| ?x107)))
 (let ((?x102 (/ 1.0 exp!4)))
 (let ((?x103 (* |f[0]| ?x102)))
 (let ((?x109 (+ ?x103 ?x108)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x96 (/ ?x56 exp!4)))
 (let ((?x97 (* |f[2]| ?x96)))
 (let ((?x110 (+ ?x97 ?x109)))
 (or (and (distinct ?x110 ?x110) true)))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!1 exp!3)))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!97 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!97) (< exp!1 exp!4)))
(assert
 (= (< log!97 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!97) (< exp!2 exp!4)))
(assert
 (= (< log!97 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!97) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!97 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!97)))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
(let ((?x37 (+ 1.0 ?x36)))
(let ((?x56 (/ (* 1.0 exp!3) exp!2)))
(let ((?x57 (+ ?x56 ?x37)))
(=> (> ?x57 0.0) (= exp!4 ?x57)))))))
(check-sat)
(pop 1)
; region 2 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!5 () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun |f[2]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!97 () Real)
(declare-fun log!126 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x153 (/ ?x9 exp!3)))
 (let ((?x152 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x144 (+ ?x152 ?x153)))
 (let ((?x154 (+ 1.0 ?x144)))
 (< 0.0 ?x154)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x153 (/ ?x9 exp!3)))
 (let ((?x152 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x144 (+ ?x152 ?x153)))
 (let ((?x154 (+ 1.0 ?x144)))
 (< 0.0 ?x154)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x153 (/ ?x9 exp!3)))
 (let ((?x238 (/ ?x153 exp!5)))
 (let ((?x242 (* |f[1]| ?x238)))
 (let ((?x152 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x181 (/ ?x152 exp!5)))
 (let ((?x218 (* |f[0]| ?x181)))
 (let ((?x176 (+ ?x218 ?x242)))
 (let ((?x213 (/ 1.0 exp!5)))
 (let ((?x203 (* |f[2]| ?x213)))
 (let ((?x253 (+ ?x203 ?x176)))
 (or (and (distinct ?x253 ?x253) true))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!1 exp!3)))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!97 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!97) (< exp!1 exp!4)))
(assert
 (= (< log!97 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!97) (< exp!2 exp!4)))
(assert
 (= (< log!97 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!97) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!97 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!97)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!126 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!126) (< exp!1 exp!5)))
(assert
 (= (< log!126 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!126) (< exp!2 exp!5)))
(assert
 (= (< log!126 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!126) (< exp!3 exp!5)))
(assert
 (= (< log!126 log!97) (< exp!5 exp!4)))
(assert
 (= (< log!97 log!126) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!126 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!126)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x153 (/ ?x9 exp!3)))
(let ((?x152 (/ (* 1.0 exp!2) exp!3)))
(let ((?x144 (+ ?x152 ?x153)))
(let ((?x154 (+ 1.0 ?x144)))
(=> (> ?x154 0.0) (= exp!5 ?x154))))))))
(check-sat)
(pop 1)
; region 3 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!6 () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun |f[2]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!97 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!126 () Real)
(declare-fun log!157 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x143 (* 1.0 exp!2)))
 (let ((?x438 (/ ?x143 exp!1)))
 (let ((?x396 (+ 1.0 ?x438)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x279 (/ ?x55 exp!1)))
 (let ((?x412 (+ ?x279 ?x396)))
 (< 0.0 ?x412))))))))
(assert
 (let ((?x143 (* 1.0 exp!2)))
 (let ((?x438 (/ ?x143 exp!1)))
 (let ((?x396 (+ 1.0 ?x438)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x279 (/ ?x55 exp!1)))
 (let ((?x412 (+ ?x279 ?x396)))
 (< 0.0 ?x412))))))))
(assert
 (let ((?x205 (/ 1.0 exp!6)))
 (let ((?x225 (* |f[1]| ?x205)))
 (let ((?x143 (* 1.0 exp!2)))
 (let ((?x438 (/ ?x143 exp!1)))
 (let ((?x390 (/ ?x438 exp!6)))
 (let ((?x403 (* |f[0]| ?x390)))
 (let ((?x303 (+ ?x403 ?x225)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x279 (/ ?x55 exp!1)))
 (let ((?x353 (/ ?x279 exp!6)))
 (let ((?x436 (* |f[2]| ?x353)))
 (let ((?x288 (+ ?x436 ?x303)))
 (or (and (distinct ?x288 ?x288) true)))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x39 (< |logits[2]| |logits[1]|)))
 (= $x39 (< exp!3 exp!1))))
(assert
 (let (($x42 (< |logits[1]| |logits[2]|)))
 (= $x42 (< exp!1 exp!3))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!97 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!97) (< exp!1 exp!4)))
(assert
 (= (< log!97 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!97) (< exp!2 exp!4)))
(assert
 (= (< log!97 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!97) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!97 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!97)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!126 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!126) (< exp!1 exp!5)))
(assert
 (= (< log!126 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!126) (< exp!2 exp!5)))
(assert
 (= (< log!126 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!126) (< exp!3 exp!5)))
(assert
 (= (< log!126 log!97) (< exp!5 exp!4)))
(assert
 (= (< log!97 log!126) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!126 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!126)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x153 (/ ?x9 exp!3)))
 (let ((?x143 (* 1.0 exp!2)))
 (let ((?x152 (/ ?x143 exp!3)))
 (let ((?x144 (+ ?x152 ?x153)))
 (let ((?x154 (+ 1.0 ?x144)))
 (=> (> ?x154 0.0) (= exp!5 ?x154)))))))))
(assert
 (= (< log!157 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!157) (< exp!1 exp!6)))
(assert
 (= (< log!157 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!157) (< exp!2 exp!6)))
(assert
 (= (< log!157 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!157) (< exp!3 exp!6)))
(assert
 (= (< log!157 log!97) (< exp!6 exp!4)))
(assert
 (= (< log!97 log!157) (< exp!4 exp!6)))
(assert
 (= (< log!157 log!126) (< exp!6 exp!5)))
(assert
 (= (< log!126 log!157) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!157 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!157)))
(assert
 (let ((?x143 (* 1.0 exp!2)))
(let ((?x438 (/ ?x143 exp!1)))
(let ((?x396 (+ 1.0 ?x438)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x279 (/ ?x55 exp!1)))
(let ((?x412 (+ ?x279 ?x396)))
(=> (> ?x412 0.0) (= exp!6 ?x412)))))))))
(check-sat)
(pop 1)
; region 4 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!5 () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun |f[2]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!97 () Real)
(declare-fun log!126 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!157 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x153 (/ ?x9 exp!3)))
 (let ((?x143 (* 1.0 exp!2)))
 (let ((?x152 (/ ?x143 exp!3)))
 (let ((?x144 (+ ?x152 ?x153)))
 (let ((?x154 (+ 1.0 ?x144)))
 (< 0.0 ?x154))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x153 (/ ?x9 exp!3)))
 (let ((?x143 (* 1.0 exp!2)))
 (let ((?x152 (/ ?x143 exp!3)))
 (let ((?x144 (+ ?x152 ?x153)))
 (let ((?x154 (+ 1.0 ?x144)))
 (< 0.0 ?x154))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x153 (/ ?x9 exp!3)))
 (let ((?x238 (/ ?x153 exp!5)))
 (let ((?x242 (* |f[1]| ?x238)))
 (let ((?x143 (* 1.0 exp!2)))
 (let ((?x152 (/ ?x143 exp!3)))
 (let ((?x181 (/ ?x152 exp!5)))
 (let ((?x218 (* |f[0]| ?x181)))
 (let ((?x176 (+ ?x218 ?x242)))
 (let ((?x213 (/ 1.0 exp!5)))
 (let ((?x203 (* |f[2]| ?x213)))
 (let ((?x253 (+ ?x203 ?x176)))
 (or (and (distinct ?x253 ?x253) true)))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x39 (< |logits[2]| |logits[1]|)))
 (= $x39 (< exp!3 exp!1))))
(assert
 (let (($x42 (< |logits[1]| |logits[2]|)))
 (= $x42 (< exp!1 exp!3))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!97 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!97) (< exp!1 exp!4)))
(assert
 (= (< log!97 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!97) (< exp!2 exp!4)))
(assert
 (= (< log!97 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!97) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!97 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!97)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!126 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!126) (< exp!1 exp!5)))
(assert
 (= (< log!126 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!126) (< exp!2 exp!5)))
(assert
 (= (< log!126 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!126) (< exp!3 exp!5)))
(assert
 (= (< log!126 log!97) (< exp!5 exp!4)))
(assert
 (= (< log!97 log!126) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!126 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!126)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x153 (/ ?x9 exp!3)))
 (let ((?x143 (* 1.0 exp!2)))
 (let ((?x152 (/ ?x143 exp!3)))
 (let ((?x144 (+ ?x152 ?x153)))
 (let ((?x154 (+ 1.0 ?x144)))
 (=> (> ?x154 0.0) (= exp!5 ?x154)))))))))
(assert
 (= (< log!157 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!157) (< exp!1 exp!6)))
(assert
 (= (< log!157 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!157) (< exp!2 exp!6)))
(assert
 (= (< log!157 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!157) (< exp!3 exp!6)))
(assert
 (= (< log!157 log!97) (< exp!6 exp!4)))
(assert
 (= (< log!97 log!157) (< exp!4 exp!6)))
(assert
 (= (< log!157 log!126) (< exp!6 exp!5)))
(assert
 (= (< log!126 log!157) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!157 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!157)))
(assert
 (let ((?x143 (* 1.0 exp!2)))
(let ((?x438 (/ ?x143 exp!1)))
(let ((?x396 (+ 1.0 ?x438)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x279 (/ ?x55 exp!1)))
(let ((?x412 (+ ?x279 ?x396)))
(=> (> ?x412 0.0) (= exp!6 ?x412)))))))))
(check-sat)
(pop 1)
