; certjax: rule estimators.score_loo_baseline_OneHotCategoricalLogits, obligation 'value@1', verdict proved
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
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!79 () Real)
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
 (let ((?x102 (- 1.0)))
 (let ((?x103 (+ 1.0 ?x102)))
 (let ((?x104 (* b ?x103)))
 (let ((?x99 (+ (- 1.0) 1.0)))
 (let ((?x100 (* |f[1]| ?x99)))
 (let ((?x105 (+ ?x100 ?x104)))
 (or (and (distinct 0.0 ?x105) true)))))))))
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
 (= (< log!79 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!79) (< exp!1 exp!4)))
(assert
 (= (< log!79 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!79) (< exp!2 exp!4)))
(assert
 (= (< log!79 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!79) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!79 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!79)))
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
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!79 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!104 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x129 (+ ?x127 ?x128)))
 (let ((?x130 (+ 1.0 ?x129)))
 (< 0.0 ?x130)))))))
(assert
 (let ((?x102 (- 1.0)))
 (let ((?x103 (+ 1.0 ?x102)))
 (let ((?x104 (* b ?x103)))
 (let ((?x99 (+ (- 1.0) 1.0)))
 (let ((?x100 (* |f[1]| ?x99)))
 (let ((?x105 (+ ?x100 ?x104)))
 (or (and (distinct 0.0 ?x105) true)))))))))
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
 (= (< log!79 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!79) (< exp!1 exp!4)))
(assert
 (= (< log!79 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!79) (< exp!2 exp!4)))
(assert
 (= (< log!79 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!79) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!79 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!79)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!104 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!104) (< exp!1 exp!5)))
(assert
 (= (< log!104 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!104) (< exp!2 exp!5)))
(assert
 (= (< log!104 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!104) (< exp!3 exp!5)))
(assert
 (= (< log!104 log!79) (< exp!5 exp!4)))
(assert
 (= (< log!79 log!104) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!104 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!104)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x128 (/ ?x9 exp!3)))
(let ((?x127 (/ (* 1.0 exp!2) exp!3)))
(let ((?x129 (+ ?x127 ?x128)))
(let ((?x130 (+ 1.0 ?x129)))
(=> (> ?x130 0.0) (= exp!5 ?x130))))))))
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
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!79 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!104 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!131 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x292 (/ ?x137 exp!1)))
 (let ((?x195 (+ 1.0 ?x292)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x377 (/ ?x55 exp!1)))
 (let ((?x386 (+ ?x377 ?x195)))
 (< 0.0 ?x386))))))))
(assert
 (let ((?x102 (- 1.0)))
 (let ((?x103 (+ 1.0 ?x102)))
 (let ((?x104 (* b ?x103)))
 (let ((?x99 (+ (- 1.0) 1.0)))
 (let ((?x100 (* |f[1]| ?x99)))
 (let ((?x105 (+ ?x100 ?x104)))
 (or (and (distinct 0.0 ?x105) true)))))))))
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
 (= (< log!79 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!79) (< exp!1 exp!4)))
(assert
 (= (< log!79 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!79) (< exp!2 exp!4)))
(assert
 (= (< log!79 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!79) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!79 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!79)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!104 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!104) (< exp!1 exp!5)))
(assert
 (= (< log!104 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!104) (< exp!2 exp!5)))
(assert
 (= (< log!104 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!104) (< exp!3 exp!5)))
(assert
 (= (< log!104 log!79) (< exp!5 exp!4)))
(assert
 (= (< log!79 log!104) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!104 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!104)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x137 exp!3)))
 (let ((?x129 (+ ?x127 ?x128)))
 (let ((?x130 (+ 1.0 ?x129)))
 (=> (> ?x130 0.0) (= exp!5 ?x130)))))))))
(assert
 (= (< log!131 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!131) (< exp!1 exp!6)))
(assert
 (= (< log!131 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!131) (< exp!2 exp!6)))
(assert
 (= (< log!131 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!131) (< exp!3 exp!6)))
(assert
 (= (< log!131 log!79) (< exp!6 exp!4)))
(assert
 (= (< log!79 log!131) (< exp!4 exp!6)))
(assert
 (= (< log!131 log!104) (< exp!6 exp!5)))
(assert
 (= (< log!104 log!131) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!131 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!131)))
(assert
 (let ((?x137 (* 1.0 exp!2)))
(let ((?x292 (/ ?x137 exp!1)))
(let ((?x195 (+ 1.0 ?x292)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x377 (/ ?x55 exp!1)))
(let ((?x386 (+ ?x377 ?x195)))
(=> (> ?x386 0.0) (= exp!6 ?x386)))))))))
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
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!79 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!104 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!131 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x137 exp!3)))
 (let ((?x129 (+ ?x127 ?x128)))
 (let ((?x130 (+ 1.0 ?x129)))
 (< 0.0 ?x130))))))))
(assert
 (let ((?x102 (- 1.0)))
 (let ((?x103 (+ 1.0 ?x102)))
 (let ((?x104 (* b ?x103)))
 (let ((?x99 (+ (- 1.0) 1.0)))
 (let ((?x100 (* |f[1]| ?x99)))
 (let ((?x105 (+ ?x100 ?x104)))
 (or (and (distinct 0.0 ?x105) true)))))))))
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
 (= (< log!79 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!79) (< exp!1 exp!4)))
(assert
 (= (< log!79 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!79) (< exp!2 exp!4)))
(assert
 (= (< log!79 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!79) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!79 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!79)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!104 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!104) (< exp!1 exp!5)))
(assert
 (= (< log!104 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!104) (< exp!2 exp!5)))
(assert
 (= (< log!104 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!104) (< exp!3 exp!5)))
(assert
 (= (< log!104 log!79) (< exp!5 exp!4)))
(assert
 (= (< log!79 log!104) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!104 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!104)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x137 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x137 exp!3)))
 (let ((?x129 (+ ?x127 ?x128)))
 (let ((?x130 (+ 1.0 ?x129)))
 (=> (> ?x130 0.0) (= exp!5 ?x130)))))))))
(assert
 (= (< log!131 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!131) (< exp!1 exp!6)))
(assert
 (= (< log!131 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!131) (< exp!2 exp!6)))
(assert
 (= (< log!131 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!131) (< exp!3 exp!6)))
(assert
 (= (< log!131 log!79) (< exp!6 exp!4)))
(assert
 (= (< log!79 log!131) (< exp!4 exp!6)))
(assert
 (= (< log!131 log!104) (< exp!6 exp!5)))
(assert
 (= (< log!104 log!131) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!131 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!131)))
(assert
 (let ((?x137 (* 1.0 exp!2)))
(let ((?x292 (/ ?x137 exp!1)))
(let ((?x195 (+ 1.0 ?x292)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x377 (/ ?x55 exp!1)))
(let ((?x386 (+ ?x377 ?x195)))
(=> (> ?x386 0.0) (= exp!6 ?x386)))))))))
(check-sat)
(pop 1)
