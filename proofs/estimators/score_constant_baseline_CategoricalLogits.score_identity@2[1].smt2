; certjax: rule estimators.score_constant_baseline_CategoricalLogits, obligation 'score_identity@2[1]', verdict proved
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
(declare-fun b () Real)
(declare-fun |f[2]| () Real)
(declare-fun log!114 () Real)
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
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
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
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let ((?x116 (/ ?x36 ?x57)))
 (let ((?x117 (- ?x116)))
 (let ((?x119 (+ 1.0 ?x117)))
 (let ((?x120 (* 0.0 ?x119)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x121 (+ ?x118 ?x120)))
 (let ((?x122 (+ ?x117 ?x121)))
 (let ((?x113 (/ ?x56 exp!4)))
 (let ((?x123 (* ?x113 ?x122)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[2]| ?x98)))
 (let ((?x124 (* ?x115 ?x123)))
 (let ((?x103 (* |f[2]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x107 (- ?x105)))
 (let ((?x108 (+ ?x107 ?x107)))
 (let ((?x106 (- ?x104)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x110 (/ ?x109 ?x57)))
 (let ((?x111 (* ?x36 ?x110)))
 (let ((?x112 (+ ?x105 ?x111)))
 (let ((?x114 (* ?x113 ?x112)))
 (or (and (distinct ?x114 ?x124) true)))))))))))))))))))))))))))))))
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
 (= (< log!114 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!114) (< exp!1 exp!4)))
(assert
 (= (< log!114 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!114) (< exp!2 exp!4)))
(assert
 (= (< log!114 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!114) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!114 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!114)))
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
(declare-fun b () Real)
(declare-fun |f[2]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!114 () Real)
(declare-fun log!179 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x467 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x378 (+ ?x467 ?x129)))
 (let ((?x396 (+ 1.0 ?x378)))
 (< 0.0 ?x396)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x467 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x378 (+ ?x467 ?x129)))
 (let ((?x396 (+ 1.0 ?x378)))
 (let (($x146 (= 0.0 ?x396)))
 (not $x146))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x467 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x378 (+ ?x467 ?x129)))
 (let ((?x396 (+ 1.0 ?x378)))
 (let (($x146 (= 0.0 ?x396)))
 (not $x146))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x467 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x378 (+ ?x467 ?x129)))
 (let ((?x396 (+ 1.0 ?x378)))
 (let (($x146 (= 0.0 ?x396)))
 (not $x146))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x467 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x378 (+ ?x467 ?x129)))
 (let ((?x396 (+ 1.0 ?x378)))
 (< 0.0 ?x396)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x467 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x378 (+ ?x467 ?x129)))
 (let ((?x396 (+ 1.0 ?x378)))
 (let (($x146 (= 0.0 ?x396)))
 (not $x146))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x467 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x378 (+ ?x467 ?x129)))
 (let ((?x396 (+ 1.0 ?x378)))
 (let (($x146 (= 0.0 ?x396)))
 (not $x146))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x467 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x378 (+ ?x467 ?x129)))
 (let ((?x396 (+ 1.0 ?x378)))
 (let ((?x259 (/ ?x129 ?x396)))
 (let ((?x269 (- ?x259)))
 (let ((?x289 (+ 1.0 ?x269)))
 (let ((?x310 (* 0.0 ?x289)))
 (let ((?x271 (* 0.0 ?x269)))
 (let ((?x320 (+ ?x271 ?x310)))
 (let ((?x321 (+ ?x269 ?x320)))
 (let ((?x154 (/ 1.0 exp!5)))
 (let ((?x318 (* ?x154 ?x321)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[2]| ?x98)))
 (let ((?x319 (* ?x115 ?x318)))
 (let ((?x103 (* |f[2]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x107 (- ?x105)))
 (let ((?x108 (+ ?x107 ?x107)))
 (let ((?x106 (- ?x104)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x252 (/ ?x109 ?x396)))
 (let ((?x253 (* ?x129 ?x252)))
 (let ((?x153 (+ ?x105 ?x253)))
 (let ((?x265 (* ?x154 ?x153)))
 (or (and (distinct ?x265 ?x319) true))))))))))))))))))))))))))))))))
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
 (= (< log!114 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!114) (< exp!1 exp!4)))
(assert
 (= (< log!114 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!114) (< exp!2 exp!4)))
(assert
 (= (< log!114 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!114) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!114 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!114)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!179 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!179) (< exp!1 exp!5)))
(assert
 (= (< log!179 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!179) (< exp!2 exp!5)))
(assert
 (= (< log!179 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!179) (< exp!3 exp!5)))
(assert
 (= (< log!179 log!114) (< exp!5 exp!4)))
(assert
 (= (< log!114 log!179) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!179 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!179)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x129 (/ ?x9 exp!3)))
(let ((?x467 (/ (* 1.0 exp!2) exp!3)))
(let ((?x378 (+ ?x467 ?x129)))
(let ((?x396 (+ 1.0 ?x378)))
(=> (> ?x396 0.0) (= exp!5 ?x396))))))))
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
(declare-fun b () Real)
(declare-fun |f[2]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!114 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!179 () Real)
(declare-fun log!246 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x383 (* 1.0 exp!2)))
 (let ((?x219 (/ ?x383 exp!1)))
 (let ((?x530 (+ 1.0 ?x219)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x190 (/ ?x55 exp!1)))
 (let ((?x435 (+ ?x190 ?x530)))
 (< 0.0 ?x435))))))))
(assert
 (let ((?x383 (* 1.0 exp!2)))
 (let ((?x219 (/ ?x383 exp!1)))
 (let ((?x530 (+ 1.0 ?x219)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x190 (/ ?x55 exp!1)))
 (let ((?x435 (+ ?x190 ?x530)))
 (let (($x185 (= 0.0 ?x435)))
 (not $x185)))))))))
(assert
 (let ((?x383 (* 1.0 exp!2)))
 (let ((?x219 (/ ?x383 exp!1)))
 (let ((?x530 (+ 1.0 ?x219)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x190 (/ ?x55 exp!1)))
 (let ((?x435 (+ ?x190 ?x530)))
 (let (($x185 (= 0.0 ?x435)))
 (not $x185)))))))))
(assert
 (let ((?x383 (* 1.0 exp!2)))
 (let ((?x219 (/ ?x383 exp!1)))
 (let ((?x530 (+ 1.0 ?x219)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x190 (/ ?x55 exp!1)))
 (let ((?x435 (+ ?x190 ?x530)))
 (let (($x185 (= 0.0 ?x435)))
 (not $x185)))))))))
(assert
 (let ((?x383 (* 1.0 exp!2)))
 (let ((?x219 (/ ?x383 exp!1)))
 (let ((?x530 (+ 1.0 ?x219)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x190 (/ ?x55 exp!1)))
 (let ((?x435 (+ ?x190 ?x530)))
 (< 0.0 ?x435))))))))
(assert
 (let ((?x383 (* 1.0 exp!2)))
 (let ((?x219 (/ ?x383 exp!1)))
 (let ((?x530 (+ 1.0 ?x219)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x190 (/ ?x55 exp!1)))
 (let ((?x435 (+ ?x190 ?x530)))
 (let (($x185 (= 0.0 ?x435)))
 (not $x185)))))))))
(assert
 (let ((?x383 (* 1.0 exp!2)))
 (let ((?x219 (/ ?x383 exp!1)))
 (let ((?x530 (+ 1.0 ?x219)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x190 (/ ?x55 exp!1)))
 (let ((?x435 (+ ?x190 ?x530)))
 (let (($x185 (= 0.0 ?x435)))
 (not $x185)))))))))
(assert
 (let ((?x383 (* 1.0 exp!2)))
 (let ((?x219 (/ ?x383 exp!1)))
 (let ((?x530 (+ 1.0 ?x219)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x190 (/ ?x55 exp!1)))
 (let ((?x435 (+ ?x190 ?x530)))
 (let ((?x374 (/ 1.0 ?x435)))
 (let ((?x306 (- ?x374)))
 (let ((?x256 (+ 1.0 ?x306)))
 (let ((?x220 (* 0.0 ?x256)))
 (let ((?x713 (* 0.0 ?x306)))
 (let ((?x375 (+ ?x713 ?x220)))
 (let ((?x403 (+ ?x306 ?x375)))
 (let ((?x270 (/ ?x190 exp!6)))
 (let ((?x171 (* ?x270 ?x403)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[2]| ?x98)))
 (let ((?x170 (* ?x115 ?x171)))
 (let ((?x103 (* |f[2]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x107 (- ?x105)))
 (let ((?x108 (+ ?x107 ?x107)))
 (let ((?x106 (- ?x104)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x200 (/ ?x109 ?x435)))
 (let ((?x515 (+ ?x105 ?x200)))
 (let ((?x394 (* ?x270 ?x515)))
 (or (and (distinct ?x394 ?x170) true))))))))))))))))))))))))))))))))
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
 (= (< log!114 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!114) (< exp!1 exp!4)))
(assert
 (= (< log!114 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!114) (< exp!2 exp!4)))
(assert
 (= (< log!114 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!114) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!114 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!114)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!179 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!179) (< exp!1 exp!5)))
(assert
 (= (< log!179 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!179) (< exp!2 exp!5)))
(assert
 (= (< log!179 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!179) (< exp!3 exp!5)))
(assert
 (= (< log!179 log!114) (< exp!5 exp!4)))
(assert
 (= (< log!114 log!179) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!179 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!179)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x383 (* 1.0 exp!2)))
 (let ((?x467 (/ ?x383 exp!3)))
 (let ((?x378 (+ ?x467 ?x129)))
 (let ((?x396 (+ 1.0 ?x378)))
 (=> (> ?x396 0.0) (= exp!5 ?x396)))))))))
(assert
 (= (< log!246 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!246) (< exp!1 exp!6)))
(assert
 (= (< log!246 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!246) (< exp!2 exp!6)))
(assert
 (= (< log!246 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!246) (< exp!3 exp!6)))
(assert
 (= (< log!246 log!114) (< exp!6 exp!4)))
(assert
 (= (< log!114 log!246) (< exp!4 exp!6)))
(assert
 (= (< log!246 log!179) (< exp!6 exp!5)))
(assert
 (= (< log!179 log!246) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!246 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!246)))
(assert
 (let ((?x383 (* 1.0 exp!2)))
(let ((?x219 (/ ?x383 exp!1)))
(let ((?x530 (+ 1.0 ?x219)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x190 (/ ?x55 exp!1)))
(let ((?x435 (+ ?x190 ?x530)))
(=> (> ?x435 0.0) (= exp!6 ?x435)))))))))
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
(declare-fun b () Real)
(declare-fun |f[2]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!114 () Real)
(declare-fun log!179 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!246 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x383 (* 1.0 exp!2)))
 (let ((?x467 (/ ?x383 exp!3)))
 (let ((?x378 (+ ?x467 ?x129)))
 (let ((?x396 (+ 1.0 ?x378)))
 (< 0.0 ?x396))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x383 (* 1.0 exp!2)))
 (let ((?x467 (/ ?x383 exp!3)))
 (let ((?x378 (+ ?x467 ?x129)))
 (let ((?x396 (+ 1.0 ?x378)))
 (let (($x146 (= 0.0 ?x396)))
 (not $x146)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x383 (* 1.0 exp!2)))
 (let ((?x467 (/ ?x383 exp!3)))
 (let ((?x378 (+ ?x467 ?x129)))
 (let ((?x396 (+ 1.0 ?x378)))
 (let (($x146 (= 0.0 ?x396)))
 (not $x146)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x383 (* 1.0 exp!2)))
 (let ((?x467 (/ ?x383 exp!3)))
 (let ((?x378 (+ ?x467 ?x129)))
 (let ((?x396 (+ 1.0 ?x378)))
 (let (($x146 (= 0.0 ?x396)))
 (not $x146)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x383 (* 1.0 exp!2)))
 (let ((?x467 (/ ?x383 exp!3)))
 (let ((?x378 (+ ?x467 ?x129)))
 (let ((?x396 (+ 1.0 ?x378)))
 (< 0.0 ?x396))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x383 (* 1.0 exp!2)))
 (let ((?x467 (/ ?x383 exp!3)))
 (let ((?x378 (+ ?x467 ?x129)))
 (let ((?x396 (+ 1.0 ?x378)))
 (let (($x146 (= 0.0 ?x396)))
 (not $x146)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x383 (* 1.0 exp!2)))
 (let ((?x467 (/ ?x383 exp!3)))
 (let ((?x378 (+ ?x467 ?x129)))
 (let ((?x396 (+ 1.0 ?x378)))
 (let (($x146 (= 0.0 ?x396)))
 (not $x146)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x383 (* 1.0 exp!2)))
 (let ((?x467 (/ ?x383 exp!3)))
 (let ((?x378 (+ ?x467 ?x129)))
 (let ((?x396 (+ 1.0 ?x378)))
 (let ((?x259 (/ ?x129 ?x396)))
 (let ((?x269 (- ?x259)))
 (let ((?x289 (+ 1.0 ?x269)))
 (let ((?x310 (* 0.0 ?x289)))
 (let ((?x271 (* 0.0 ?x269)))
 (let ((?x320 (+ ?x271 ?x310)))
 (let ((?x321 (+ ?x269 ?x320)))
 (let ((?x154 (/ 1.0 exp!5)))
 (let ((?x318 (* ?x154 ?x321)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[2]| ?x98)))
 (let ((?x319 (* ?x115 ?x318)))
 (let ((?x103 (* |f[2]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x107 (- ?x105)))
 (let ((?x108 (+ ?x107 ?x107)))
 (let ((?x106 (- ?x104)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x252 (/ ?x109 ?x396)))
 (let ((?x253 (* ?x129 ?x252)))
 (let ((?x153 (+ ?x105 ?x253)))
 (let ((?x265 (* ?x154 ?x153)))
 (or (and (distinct ?x265 ?x319) true)))))))))))))))))))))))))))))))))
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
 (= (< log!114 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!114) (< exp!1 exp!4)))
(assert
 (= (< log!114 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!114) (< exp!2 exp!4)))
(assert
 (= (< log!114 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!114) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!114 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!114)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!179 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!179) (< exp!1 exp!5)))
(assert
 (= (< log!179 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!179) (< exp!2 exp!5)))
(assert
 (= (< log!179 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!179) (< exp!3 exp!5)))
(assert
 (= (< log!179 log!114) (< exp!5 exp!4)))
(assert
 (= (< log!114 log!179) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!179 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!179)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x383 (* 1.0 exp!2)))
 (let ((?x467 (/ ?x383 exp!3)))
 (let ((?x378 (+ ?x467 ?x129)))
 (let ((?x396 (+ 1.0 ?x378)))
 (=> (> ?x396 0.0) (= exp!5 ?x396)))))))))
(assert
 (= (< log!246 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!246) (< exp!1 exp!6)))
(assert
 (= (< log!246 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!246) (< exp!2 exp!6)))
(assert
 (= (< log!246 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!246) (< exp!3 exp!6)))
(assert
 (= (< log!246 log!114) (< exp!6 exp!4)))
(assert
 (= (< log!114 log!246) (< exp!4 exp!6)))
(assert
 (= (< log!246 log!179) (< exp!6 exp!5)))
(assert
 (= (< log!179 log!246) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!246 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!246)))
(assert
 (let ((?x383 (* 1.0 exp!2)))
(let ((?x219 (/ ?x383 exp!1)))
(let ((?x530 (+ 1.0 ?x219)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x190 (/ ?x55 exp!1)))
(let ((?x435 (+ ?x190 ?x530)))
(=> (> ?x435 0.0) (= exp!6 ?x435)))))))))
(check-sat)
(pop 1)
