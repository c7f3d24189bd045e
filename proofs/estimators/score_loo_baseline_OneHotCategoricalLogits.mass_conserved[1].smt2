; certjax: rule estimators.score_loo_baseline_OneHotCategoricalLogits, obligation 'mass_conserved[1]', verdict proved
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
(declare-fun log!132 () Real)
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
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
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
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let ((?x97 (/ ?x36 ?x57)))
 (let ((?x98 (- ?x97)))
 (let ((?x101 (* 0.0 ?x98)))
 (let ((?x99 (+ 1.0 ?x98)))
 (let ((?x115 (+ ?x99 ?x101)))
 (let ((?x116 (+ ?x101 ?x115)))
 (let ((?x117 (/ ?x36 exp!4)))
 (let ((?x118 (* ?x117 ?x116)))
 (let ((?x100 (* 0.0 ?x99)))
 (let ((?x109 (+ ?x98 ?x100)))
 (let ((?x110 (+ ?x101 ?x109)))
 (let ((?x111 (/ 1.0 exp!4)))
 (let ((?x112 (* ?x111 ?x110)))
 (let ((?x119 (+ ?x112 ?x118)))
 (let ((?x102 (+ ?x100 ?x101)))
 (let ((?x103 (+ ?x98 ?x102)))
 (let ((?x104 (/ ?x56 exp!4)))
 (let ((?x105 (* ?x104 ?x103)))
 (let ((?x120 (+ ?x105 ?x119)))
 (or (and (distinct 0.0 ?x120) true))))))))))))))))))))))))))
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
 (= (< log!132 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!132) (< exp!1 exp!4)))
(assert
 (= (< log!132 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!132) (< exp!2 exp!4)))
(assert
 (= (< log!132 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!132) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!132 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!132)))
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
(declare-fun log!132 () Real)
(declare-fun log!204 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x477 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (let (($x482 (= 0.0 ?x484)))
 (not $x482))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x477 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (< 0.0 ?x484)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x477 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (let (($x482 (= 0.0 ?x484)))
 (not $x482))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x477 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (let (($x482 (= 0.0 ?x484)))
 (not $x482))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x477 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (let ((?x172 (/ ?x125 ?x484)))
 (let ((?x178 (- ?x172)))
 (let ((?x160 (* 0.0 ?x178)))
 (let ((?x179 (+ 1.0 ?x178)))
 (let ((?x170 (+ ?x179 ?x160)))
 (let ((?x171 (+ ?x160 ?x170)))
 (let ((?x272 (/ ?x125 exp!5)))
 (let ((?x273 (* ?x272 ?x171)))
 (let ((?x180 (* 0.0 ?x179)))
 (let ((?x149 (+ ?x178 ?x180)))
 (let ((?x150 (+ ?x160 ?x149)))
 (let ((?x253 (/ ?x477 exp!5)))
 (let ((?x247 (* ?x253 ?x150)))
 (let ((?x274 (+ ?x247 ?x273)))
 (let ((?x157 (+ ?x180 ?x160)))
 (let ((?x293 (+ ?x178 ?x157)))
 (let ((?x294 (/ 1.0 exp!5)))
 (let ((?x277 (* ?x294 ?x293)))
 (let ((?x269 (+ ?x277 ?x274)))
 (or (and (distinct 0.0 ?x269) true)))))))))))))))))))))))))))
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
 (= (< log!132 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!132) (< exp!1 exp!4)))
(assert
 (= (< log!132 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!132) (< exp!2 exp!4)))
(assert
 (= (< log!132 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!132) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!132 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!132)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!204 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!204) (< exp!1 exp!5)))
(assert
 (= (< log!204 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!204) (< exp!2 exp!5)))
(assert
 (= (< log!204 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!204) (< exp!3 exp!5)))
(assert
 (= (< log!204 log!132) (< exp!5 exp!4)))
(assert
 (= (< log!132 log!204) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!204 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!204)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x125 (/ ?x9 exp!3)))
(let ((?x477 (/ (* 1.0 exp!2) exp!3)))
(let ((?x474 (+ ?x477 ?x125)))
(let ((?x484 (+ 1.0 ?x474)))
(=> (> ?x484 0.0) (= exp!5 ?x484))))))))
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
(declare-fun log!132 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!204 () Real)
(declare-fun log!278 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x727 (/ ?x370 exp!1)))
 (let ((?x349 (+ 1.0 ?x727)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x204 (/ ?x55 exp!1)))
 (let ((?x500 (+ ?x204 ?x349)))
 (let (($x394 (= 0.0 ?x500)))
 (not $x394)))))))))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x727 (/ ?x370 exp!1)))
 (let ((?x349 (+ 1.0 ?x727)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x204 (/ ?x55 exp!1)))
 (let ((?x500 (+ ?x204 ?x349)))
 (< 0.0 ?x500))))))))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x727 (/ ?x370 exp!1)))
 (let ((?x349 (+ 1.0 ?x727)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x204 (/ ?x55 exp!1)))
 (let ((?x500 (+ ?x204 ?x349)))
 (let (($x394 (= 0.0 ?x500)))
 (not $x394)))))))))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x727 (/ ?x370 exp!1)))
 (let ((?x349 (+ 1.0 ?x727)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x204 (/ ?x55 exp!1)))
 (let ((?x500 (+ ?x204 ?x349)))
 (let (($x394 (= 0.0 ?x500)))
 (not $x394)))))))))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x727 (/ ?x370 exp!1)))
 (let ((?x349 (+ 1.0 ?x727)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x204 (/ ?x55 exp!1)))
 (let ((?x500 (+ ?x204 ?x349)))
 (let ((?x513 (/ 1.0 ?x500)))
 (let ((?x522 (- ?x513)))
 (let ((?x325 (* 0.0 ?x522)))
 (let ((?x450 (+ 1.0 ?x522)))
 (let ((?x747 (+ ?x450 ?x325)))
 (let ((?x267 (+ ?x325 ?x747)))
 (let ((?x131 (/ 1.0 exp!6)))
 (let ((?x487 (* ?x131 ?x267)))
 (let ((?x498 (* 0.0 ?x450)))
 (let ((?x127 (+ ?x522 ?x498)))
 (let ((?x542 (+ ?x325 ?x127)))
 (let ((?x510 (/ ?x727 exp!6)))
 (let ((?x363 (* ?x510 ?x542)))
 (let ((?x372 (+ ?x363 ?x487)))
 (let ((?x226 (+ ?x498 ?x325)))
 (let ((?x126 (+ ?x522 ?x226)))
 (let ((?x446 (/ ?x204 exp!6)))
 (let ((?x746 (* ?x446 ?x126)))
 (let ((?x736 (+ ?x746 ?x372)))
 (or (and (distinct 0.0 ?x736) true))))))))))))))))))))))))))))
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
 (= (< log!132 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!132) (< exp!1 exp!4)))
(assert
 (= (< log!132 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!132) (< exp!2 exp!4)))
(assert
 (= (< log!132 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!132) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!132 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!132)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!204 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!204) (< exp!1 exp!5)))
(assert
 (= (< log!204 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!204) (< exp!2 exp!5)))
(assert
 (= (< log!204 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!204) (< exp!3 exp!5)))
(assert
 (= (< log!204 log!132) (< exp!5 exp!4)))
(assert
 (= (< log!132 log!204) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!204 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!204)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x477 (/ ?x370 exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (=> (> ?x484 0.0) (= exp!5 ?x484)))))))))
(assert
 (= (< log!278 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!278) (< exp!1 exp!6)))
(assert
 (= (< log!278 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!278) (< exp!2 exp!6)))
(assert
 (= (< log!278 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!278) (< exp!3 exp!6)))
(assert
 (= (< log!278 log!132) (< exp!6 exp!4)))
(assert
 (= (< log!132 log!278) (< exp!4 exp!6)))
(assert
 (= (< log!278 log!204) (< exp!6 exp!5)))
(assert
 (= (< log!204 log!278) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!278 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!278)))
(assert
 (let ((?x370 (* 1.0 exp!2)))
(let ((?x727 (/ ?x370 exp!1)))
(let ((?x349 (+ 1.0 ?x727)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x204 (/ ?x55 exp!1)))
(let ((?x500 (+ ?x204 ?x349)))
(=> (> ?x500 0.0) (= exp!6 ?x500)))))))))
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
(declare-fun log!132 () Real)
(declare-fun log!204 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!278 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x477 (/ ?x370 exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (let (($x482 (= 0.0 ?x484)))
 (not $x482)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x477 (/ ?x370 exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (< 0.0 ?x484))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x477 (/ ?x370 exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (let (($x482 (= 0.0 ?x484)))
 (not $x482)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x477 (/ ?x370 exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (let (($x482 (= 0.0 ?x484)))
 (not $x482)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x477 (/ ?x370 exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (let ((?x172 (/ ?x125 ?x484)))
 (let ((?x178 (- ?x172)))
 (let ((?x160 (* 0.0 ?x178)))
 (let ((?x179 (+ 1.0 ?x178)))
 (let ((?x170 (+ ?x179 ?x160)))
 (let ((?x171 (+ ?x160 ?x170)))
 (let ((?x272 (/ ?x125 exp!5)))
 (let ((?x273 (* ?x272 ?x171)))
 (let ((?x180 (* 0.0 ?x179)))
 (let ((?x149 (+ ?x178 ?x180)))
 (let ((?x150 (+ ?x160 ?x149)))
 (let ((?x253 (/ ?x477 exp!5)))
 (let ((?x247 (* ?x253 ?x150)))
 (let ((?x274 (+ ?x247 ?x273)))
 (let ((?x157 (+ ?x180 ?x160)))
 (let ((?x293 (+ ?x178 ?x157)))
 (let ((?x294 (/ 1.0 exp!5)))
 (let ((?x277 (* ?x294 ?x293)))
 (let ((?x269 (+ ?x277 ?x274)))
 (or (and (distinct 0.0 ?x269) true))))))))))))))))))))))))))))
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
 (= (< log!132 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!132) (< exp!1 exp!4)))
(assert
 (= (< log!132 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!132) (< exp!2 exp!4)))
(assert
 (= (< log!132 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!132) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!132 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!132)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!204 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!204) (< exp!1 exp!5)))
(assert
 (= (< log!204 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!204) (< exp!2 exp!5)))
(assert
 (= (< log!204 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!204) (< exp!3 exp!5)))
(assert
 (= (< log!204 log!132) (< exp!5 exp!4)))
(assert
 (= (< log!132 log!204) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!204 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!204)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x477 (/ ?x370 exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (=> (> ?x484 0.0) (= exp!5 ?x484)))))))))
(assert
 (= (< log!278 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!278) (< exp!1 exp!6)))
(assert
 (= (< log!278 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!278) (< exp!2 exp!6)))
(assert
 (= (< log!278 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!278) (< exp!3 exp!6)))
(assert
 (= (< log!278 log!132) (< exp!6 exp!4)))
(assert
 (= (< log!132 log!278) (< exp!4 exp!6)))
(assert
 (= (< log!278 log!204) (< exp!6 exp!5)))
(assert
 (= (< log!204 log!278) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!278 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!278)))
(assert
 (let ((?x370 (* 1.0 exp!2)))
(let ((?x727 (/ ?x370 exp!1)))
(let ((?x349 (+ 1.0 ?x727)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x204 (/ ?x55 exp!1)))
(let ((?x500 (+ ?x204 ?x349)))
(=> (> ?x500 0.0) (= exp!6 ?x500)))))))))
(check-sat)
(pop 1)
