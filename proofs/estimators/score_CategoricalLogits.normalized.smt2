; certjax: rule estimators.score_CategoricalLogits, obligation 'normalized', verdict proved
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
(declare-fun log!73 () Real)
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
 (let ((?x101 (/ ?x36 exp!4)))
 (let ((?x100 (/ 1.0 exp!4)))
 (let ((?x102 (+ ?x100 ?x101)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x103 (/ ?x56 exp!4)))
 (let ((?x104 (+ ?x103 ?x102)))
 (or (and (distinct 1.0 ?x104) true))))))))))
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
 (= (< log!73 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!73) (< exp!1 exp!4)))
(assert
 (= (< log!73 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!73) (< exp!2 exp!4)))
(assert
 (= (< log!73 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!73) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!73 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!73)))
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
(declare-fun exp!4 () Real)
(declare-fun log!73 () Real)
(declare-fun log!99 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x109 (/ ?x9 exp!3)))
 (let ((?x411 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x405 (+ ?x411 ?x109)))
 (let ((?x412 (+ 1.0 ?x405)))
 (< 0.0 ?x412)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x109 (/ ?x9 exp!3)))
 (let ((?x131 (/ ?x109 exp!5)))
 (let ((?x411 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x136 (/ ?x411 exp!5)))
 (let ((?x132 (+ ?x136 ?x131)))
 (let ((?x229 (/ 1.0 exp!5)))
 (let ((?x230 (+ ?x229 ?x132)))
 (or (and (distinct 1.0 ?x230) true)))))))))))
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
 (= (< log!73 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!73) (< exp!1 exp!4)))
(assert
 (= (< log!73 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!73) (< exp!2 exp!4)))
(assert
 (= (< log!73 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!73) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!73 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!73)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!99 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!99) (< exp!1 exp!5)))
(assert
 (= (< log!99 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!99) (< exp!2 exp!5)))
(assert
 (= (< log!99 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!99) (< exp!3 exp!5)))
(assert
 (= (< log!99 log!73) (< exp!5 exp!4)))
(assert
 (= (< log!73 log!99) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!99 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!99)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x109 (/ ?x9 exp!3)))
(let ((?x411 (/ (* 1.0 exp!2) exp!3)))
(let ((?x405 (+ ?x411 ?x109)))
(let ((?x412 (+ 1.0 ?x405)))
(=> (> ?x412 0.0) (= exp!5 ?x412))))))))
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
(declare-fun exp!4 () Real)
(declare-fun log!73 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!99 () Real)
(declare-fun log!127 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x332 (* 1.0 exp!2)))
 (let ((?x239 (/ ?x332 exp!1)))
 (let ((?x425 (+ 1.0 ?x239)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x127 (/ ?x55 exp!1)))
 (let ((?x204 (+ ?x127 ?x425)))
 (< 0.0 ?x204))))))))
(assert
 (let ((?x293 (/ 1.0 exp!6)))
 (let ((?x332 (* 1.0 exp!2)))
 (let ((?x239 (/ ?x332 exp!1)))
 (let ((?x388 (/ ?x239 exp!6)))
 (let ((?x347 (+ ?x388 ?x293)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x127 (/ ?x55 exp!1)))
 (let ((?x326 (/ ?x127 exp!6)))
 (let ((?x343 (+ ?x326 ?x347)))
 (or (and (distinct 1.0 ?x343) true))))))))))))
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
 (= (< log!73 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!73) (< exp!1 exp!4)))
(assert
 (= (< log!73 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!73) (< exp!2 exp!4)))
(assert
 (= (< log!73 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!73) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!73 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!73)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!99 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!99) (< exp!1 exp!5)))
(assert
 (= (< log!99 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!99) (< exp!2 exp!5)))
(assert
 (= (< log!99 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!99) (< exp!3 exp!5)))
(assert
 (= (< log!99 log!73) (< exp!5 exp!4)))
(assert
 (= (< log!73 log!99) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!99 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!99)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x109 (/ ?x9 exp!3)))
 (let ((?x332 (* 1.0 exp!2)))
 (let ((?x411 (/ ?x332 exp!3)))
 (let ((?x405 (+ ?x411 ?x109)))
 (let ((?x412 (+ 1.0 ?x405)))
 (=> (> ?x412 0.0) (= exp!5 ?x412)))))))))
(assert
 (= (< log!127 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!127) (< exp!1 exp!6)))
(assert
 (= (< log!127 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!127) (< exp!2 exp!6)))
(assert
 (= (< log!127 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!127) (< exp!3 exp!6)))
(assert
 (= (< log!127 log!73) (< exp!6 exp!4)))
(assert
 (= (< log!73 log!127) (< exp!4 exp!6)))
(assert
 (= (< log!127 log!99) (< exp!6 exp!5)))
(assert
 (= (< log!99 log!127) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!127 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!127)))
(assert
 (let ((?x332 (* 1.0 exp!2)))
(let ((?x239 (/ ?x332 exp!1)))
(let ((?x425 (+ 1.0 ?x239)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x127 (/ ?x55 exp!1)))
(let ((?x204 (+ ?x127 ?x425)))
(=> (> ?x204 0.0) (= exp!6 ?x204)))))))))
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
(declare-fun exp!4 () Real)
(declare-fun log!73 () Real)
(declare-fun log!99 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!127 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x109 (/ ?x9 exp!3)))
 (let ((?x332 (* 1.0 exp!2)))
 (let ((?x411 (/ ?x332 exp!3)))
 (let ((?x405 (+ ?x411 ?x109)))
 (let ((?x412 (+ 1.0 ?x405)))
 (< 0.0 ?x412))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x109 (/ ?x9 exp!3)))
 (let ((?x131 (/ ?x109 exp!5)))
 (let ((?x332 (* 1.0 exp!2)))
 (let ((?x411 (/ ?x332 exp!3)))
 (let ((?x136 (/ ?x411 exp!5)))
 (let ((?x132 (+ ?x136 ?x131)))
 (let ((?x229 (/ 1.0 exp!5)))
 (let ((?x230 (+ ?x229 ?x132)))
 (or (and (distinct 1.0 ?x230) true))))))))))))
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
 (= (< log!73 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!73) (< exp!1 exp!4)))
(assert
 (= (< log!73 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!73) (< exp!2 exp!4)))
(assert
 (= (< log!73 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!73) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!73 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!73)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!99 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!99) (< exp!1 exp!5)))
(assert
 (= (< log!99 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!99) (< exp!2 exp!5)))
(assert
 (= (< log!99 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!99) (< exp!3 exp!5)))
(assert
 (= (< log!99 log!73) (< exp!5 exp!4)))
(assert
 (= (< log!73 log!99) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!99 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!99)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x109 (/ ?x9 exp!3)))
 (let ((?x332 (* 1.0 exp!2)))
 (let ((?x411 (/ ?x332 exp!3)))
 (let ((?x405 (+ ?x411 ?x109)))
 (let ((?x412 (+ 1.0 ?x405)))
 (=> (> ?x412 0.0) (= exp!5 ?x412)))))))))
(assert
 (= (< log!127 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!127) (< exp!1 exp!6)))
(assert
 (= (< log!127 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!127) (< exp!2 exp!6)))
(assert
 (= (< log!127 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!127) (< exp!3 exp!6)))
(assert
 (= (< log!127 log!73) (< exp!6 exp!4)))
(assert
 (= (< log!73 log!127) (< exp!4 exp!6)))
(assert
 (= (< log!127 log!99) (< exp!6 exp!5)))
(assert
 (= (< log!99 log!127) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!127 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!127)))
(assert
 (let ((?x332 (* 1.0 exp!2)))
(let ((?x239 (/ ?x332 exp!1)))
(let ((?x425 (+ 1.0 ?x239)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x127 (/ ?x55 exp!1)))
(let ((?x204 (+ ?x127 ?x425)))
(=> (> ?x204 0.0) (= exp!6 ?x204)))))))))
(check-sat)
(pop 1)
