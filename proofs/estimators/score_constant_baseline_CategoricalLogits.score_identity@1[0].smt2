; certjax: rule estimators.score_constant_baseline_CategoricalLogits, obligation 'score_identity@1[0]', verdict proved
; 4 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!98 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[2]| |logits[0]|))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (< 0.0 ?x54))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (< 0.0 ?x54))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let ((?x119 (/ 1.0 ?x54)))
 (let ((?x120 (- ?x119)))
 (let ((?x122 (+ 1.0 ?x120)))
 (let ((?x123 (* 0.0 ?x122)))
 (let ((?x124 (+ ?x120 ?x123)))
 (let ((?x121 (* 0.0 ?x120)))
 (let ((?x125 (+ ?x121 ?x124)))
 (let ((?x111 (/ ?x52 exp!5)))
 (let ((?x126 (* ?x111 ?x125)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[1]| ?x114)))
 (let ((?x127 (* ?x115 ?x126)))
 (let ((?x116 (- ?x115)))
 (let ((?x117 (/ ?x116 ?x54)))
 (let ((?x118 (* ?x111 ?x117)))
 (or (and (distinct ?x118 ?x127) true))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!1 exp!3)))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (let (($x60 (< log!98 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!98)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!98 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!98)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!98 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!98)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!98 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!98)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54))))))))
(assert
 (let (($x60 (< log!98 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!98)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!98 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!98)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!98 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!98)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!98 log!98)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!98 log!98)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!98 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!98)))
 (>= exp!5 ?x82)))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
(let ((?x53 (+ 1.0 ?x52)))
(let ((?x33 (/ (* 1.0 exp!1) exp!2)))
(let ((?x54 (+ ?x33 ?x53)))
(let (($x84 (> ?x54 0.0)))
(=> $x84 (= exp!5 ?x54))))))))
(check-sat)
(pop 1)
; region 2 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!7 () Real)
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!98 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!150 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x129 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (< 0.0 ?x132)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x129 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let (($x529 (= 0.0 ?x132)))
 (not $x529))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x129 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let (($x529 (= 0.0 ?x132)))
 (not $x529))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x129 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let (($x529 (= 0.0 ?x132)))
 (not $x529))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x129 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (< 0.0 ?x132)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x129 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let (($x529 (= 0.0 ?x132)))
 (not $x529))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x129 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let (($x529 (= 0.0 ?x132)))
 (not $x529))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x129 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let ((?x335 (/ ?x129 ?x132)))
 (let ((?x156 (- ?x335)))
 (let ((?x158 (+ 1.0 ?x156)))
 (let ((?x211 (* 0.0 ?x158)))
 (let ((?x221 (+ ?x156 ?x211)))
 (let ((?x157 (* 0.0 ?x156)))
 (let ((?x225 (+ ?x157 ?x221)))
 (let ((?x328 (/ ?x131 exp!7)))
 (let ((?x227 (* ?x328 ?x225)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[1]| ?x114)))
 (let ((?x406 (* ?x115 ?x227)))
 (let ((?x116 (- ?x115)))
 (let ((?x291 (/ ?x116 ?x132)))
 (let ((?x332 (* ?x129 ?x291)))
 (let ((?x333 (* ?x328 ?x332)))
 (or (and (distinct ?x333 ?x406) true))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!1 exp!3)))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (let (($x60 (< log!98 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!98)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!98 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!98)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!98 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!98)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!98 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!98)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54)))))))))
(assert
 (let (($x60 (< log!98 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!98)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!98 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!98)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!98 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!98)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!98 log!98)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!98 log!98)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!98 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!98)))
 (>= exp!5 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!5 ?x54)))))))))
(assert
 (let (($x467 (< log!150 |logits[2]|)))
 (= $x467 (< exp!6 exp!1))))
(assert
 (let (($x178 (< |logits[2]| log!150)))
 (= $x178 (< exp!1 exp!6))))
(assert
 (let (($x460 (< log!150 |logits[0]|)))
 (= $x460 (< exp!6 exp!2))))
(assert
 (let (($x526 (< |logits[0]| log!150)))
 (= $x526 (< exp!2 exp!6))))
(assert
 (let (($x518 (< log!150 |logits[1]|)))
 (= $x518 (< exp!6 exp!3))))
(assert
 (let (($x519 (< |logits[1]| log!150)))
 (= $x519 (< exp!3 exp!6))))
(assert
 (let (($x527 (< log!150 log!98)))
 (= $x527 (< exp!6 exp!5))))
(assert
 (let (($x509 (< log!98 log!150)))
 (= $x509 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x161 (> log!150 0.0)))
 (= $x161 (> exp!6 1.0))))
(assert
 (let ((?x163 (+ 1.0 log!150)))
 (>= exp!6 ?x163)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x129 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let (($x188 (> ?x132 0.0)))
 (=> $x188 (= exp!6 ?x132)))))))))
(assert
 (let (($x467 (< log!150 |logits[2]|)))
 (= $x467 (< exp!7 exp!1))))
(assert
 (let (($x178 (< |logits[2]| log!150)))
 (= $x178 (< exp!1 exp!7))))
(assert
 (let (($x460 (< log!150 |logits[0]|)))
 (= $x460 (< exp!7 exp!2))))
(assert
 (let (($x526 (< |logits[0]| log!150)))
 (= $x526 (< exp!2 exp!7))))
(assert
 (let (($x518 (< log!150 |logits[1]|)))
 (= $x518 (< exp!7 exp!3))))
(assert
 (let (($x519 (< |logits[1]| log!150)))
 (= $x519 (< exp!3 exp!7))))
(assert
 (let (($x527 (< log!150 log!98)))
 (= $x527 (< exp!7 exp!5))))
(assert
 (let (($x509 (< log!98 log!150)))
 (= $x509 (< exp!5 exp!7))))
(assert
 (let (($x276 (< log!150 log!150)))
 (= $x276 (< exp!7 exp!6))))
(assert
 (let (($x276 (< log!150 log!150)))
 (= $x276 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x161 (> log!150 0.0)))
 (= $x161 (> exp!7 1.0))))
(assert
 (let ((?x163 (+ 1.0 log!150)))
 (>= exp!7 ?x163)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x131 (/ ?x51 exp!1)))
(let ((?x129 (/ (* 1.0 exp!2) exp!1)))
(let ((?x532 (+ ?x129 ?x131)))
(let ((?x132 (+ 1.0 ?x532)))
(let (($x188 (> ?x132 0.0)))
(=> $x188 (= exp!7 ?x132)))))))))
(check-sat)
(pop 1)
; region 3 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!9 () Real)
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!98 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!150 () Real)
(declare-fun exp!7 () Real)
(declare-fun exp!8 () Real)
(declare-fun log!204 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x207 (/ ?x128 exp!3)))
 (let ((?x429 (+ 1.0 ?x207)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x210 (/ ?x24 exp!3)))
 (let ((?x323 (+ ?x210 ?x429)))
 (< 0.0 ?x323))))))))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x207 (/ ?x128 exp!3)))
 (let ((?x429 (+ 1.0 ?x207)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x210 (/ ?x24 exp!3)))
 (let ((?x323 (+ ?x210 ?x429)))
 (let (($x339 (= 0.0 ?x323)))
 (not $x339)))))))))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x207 (/ ?x128 exp!3)))
 (let ((?x429 (+ 1.0 ?x207)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x210 (/ ?x24 exp!3)))
 (let ((?x323 (+ ?x210 ?x429)))
 (let (($x339 (= 0.0 ?x323)))
 (not $x339)))))))))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x207 (/ ?x128 exp!3)))
 (let ((?x429 (+ 1.0 ?x207)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x210 (/ ?x24 exp!3)))
 (let ((?x323 (+ ?x210 ?x429)))
 (let (($x339 (= 0.0 ?x323)))
 (not $x339)))))))))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x207 (/ ?x128 exp!3)))
 (let ((?x429 (+ 1.0 ?x207)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x210 (/ ?x24 exp!3)))
 (let ((?x323 (+ ?x210 ?x429)))
 (< 0.0 ?x323))))))))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x207 (/ ?x128 exp!3)))
 (let ((?x429 (+ 1.0 ?x207)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x210 (/ ?x24 exp!3)))
 (let ((?x323 (+ ?x210 ?x429)))
 (let (($x339 (= 0.0 ?x323)))
 (not $x339)))))))))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x207 (/ ?x128 exp!3)))
 (let ((?x429 (+ 1.0 ?x207)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x210 (/ ?x24 exp!3)))
 (let ((?x323 (+ ?x210 ?x429)))
 (let (($x339 (= 0.0 ?x323)))
 (not $x339)))))))))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x207 (/ ?x128 exp!3)))
 (let ((?x429 (+ 1.0 ?x207)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x210 (/ ?x24 exp!3)))
 (let ((?x323 (+ ?x210 ?x429)))
 (let ((?x871 (/ ?x207 ?x323)))
 (let ((?x655 (- ?x871)))
 (let ((?x324 (+ 1.0 ?x655)))
 (let ((?x343 (* 0.0 ?x324)))
 (let ((?x322 (+ ?x655 ?x343)))
 (let ((?x559 (* 0.0 ?x655)))
 (let ((?x476 (+ ?x559 ?x322)))
 (let ((?x489 (/ 1.0 exp!9)))
 (let ((?x535 (* ?x489 ?x476)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[1]| ?x114)))
 (let ((?x575 (* ?x115 ?x535)))
 (let ((?x116 (- ?x115)))
 (let ((?x189 (/ ?x116 ?x323)))
 (let ((?x265 (* ?x207 ?x189)))
 (let ((?x453 (* ?x489 ?x265)))
 (or (and (distinct ?x453 ?x575) true)))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x35 (< |logits[1]| |logits[2]|)))
 (= $x35 (< exp!3 exp!1))))
(assert
 (let (($x38 (< |logits[2]| |logits[1]|)))
 (= $x38 (< exp!1 exp!3))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (let (($x60 (< log!98 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!98)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!98 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!98)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!98 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!98)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!98 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!98)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54))))))))))
(assert
 (let (($x60 (< log!98 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!98)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!98 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!98)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!98 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!98)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!98 log!98)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!98 log!98)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!98 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!98)))
 (>= exp!5 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!5 ?x54))))))))))
(assert
 (let (($x467 (< log!150 |logits[2]|)))
 (= $x467 (< exp!6 exp!1))))
(assert
 (let (($x178 (< |logits[2]| log!150)))
 (= $x178 (< exp!1 exp!6))))
(assert
 (let (($x460 (< log!150 |logits[0]|)))
 (= $x460 (< exp!6 exp!2))))
(assert
 (let (($x526 (< |logits[0]| log!150)))
 (= $x526 (< exp!2 exp!6))))
(assert
 (let (($x518 (< log!150 |logits[1]|)))
 (= $x518 (< exp!6 exp!3))))
(assert
 (let (($x519 (< |logits[1]| log!150)))
 (= $x519 (< exp!3 exp!6))))
(assert
 (let (($x527 (< log!150 log!98)))
 (= $x527 (< exp!6 exp!5))))
(assert
 (let (($x509 (< log!98 log!150)))
 (= $x509 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x161 (> log!150 0.0)))
 (= $x161 (> exp!6 1.0))))
(assert
 (let ((?x163 (+ 1.0 log!150)))
 (>= exp!6 ?x163)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let (($x188 (> ?x132 0.0)))
 (=> $x188 (= exp!6 ?x132))))))))))
(assert
 (let (($x467 (< log!150 |logits[2]|)))
 (= $x467 (< exp!7 exp!1))))
(assert
 (let (($x178 (< |logits[2]| log!150)))
 (= $x178 (< exp!1 exp!7))))
(assert
 (let (($x460 (< log!150 |logits[0]|)))
 (= $x460 (< exp!7 exp!2))))
(assert
 (let (($x526 (< |logits[0]| log!150)))
 (= $x526 (< exp!2 exp!7))))
(assert
 (let (($x518 (< log!150 |logits[1]|)))
 (= $x518 (< exp!7 exp!3))))
(assert
 (let (($x519 (< |logits[1]| log!150)))
 (= $x519 (< exp!3 exp!7))))
(assert
 (let (($x527 (< log!150 log!98)))
 (= $x527 (< exp!7 exp!5))))
(assert
 (let (($x509 (< log!98 log!150)))
 (= $x509 (< exp!5 exp!7))))
(assert
 (let (($x276 (< log!150 log!150)))
 (= $x276 (< exp!7 exp!6))))
(assert
 (let (($x276 (< log!150 log!150)))
 (= $x276 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x161 (> log!150 0.0)))
 (= $x161 (> exp!7 1.0))))
(assert
 (let ((?x163 (+ 1.0 log!150)))
 (>= exp!7 ?x163)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let (($x188 (> ?x132 0.0)))
 (=> $x188 (= exp!7 ?x132))))))))))
(assert
 (let (($x619 (< log!204 |logits[2]|)))
 (= $x619 (< exp!8 exp!1))))
(assert
 (let (($x154 (< |logits[2]| log!204)))
 (= $x154 (< exp!1 exp!8))))
(assert
 (let (($x321 (< log!204 |logits[0]|)))
 (= $x321 (< exp!8 exp!2))))
(assert
 (let (($x309 (< |logits[0]| log!204)))
 (= $x309 (< exp!2 exp!8))))
(assert
 (let (($x480 (< log!204 |logits[1]|)))
 (= $x480 (< exp!8 exp!3))))
(assert
 (let (($x724 (< |logits[1]| log!204)))
 (= $x724 (< exp!3 exp!8))))
(assert
 (let (($x612 (< log!204 log!98)))
 (= $x612 (< exp!8 exp!5))))
(assert
 (let (($x487 (< log!98 log!204)))
 (= $x487 (< exp!5 exp!8))))
(assert
 (let (($x432 (< log!204 log!150)))
 (= $x432 (< exp!8 exp!7))))
(assert
 (let (($x380 (< log!150 log!204)))
 (= $x380 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x662 (> log!204 0.0)))
 (= $x662 (> exp!8 1.0))))
(assert
 (let ((?x177 (+ 1.0 log!204)))
 (>= exp!8 ?x177)))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x207 (/ ?x128 exp!3)))
 (let ((?x429 (+ 1.0 ?x207)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x210 (/ ?x24 exp!3)))
 (let ((?x323 (+ ?x210 ?x429)))
 (let (($x167 (> ?x323 0.0)))
 (=> $x167 (= exp!8 ?x323))))))))))
(assert
 (let (($x619 (< log!204 |logits[2]|)))
 (= $x619 (< exp!9 exp!1))))
(assert
 (let (($x154 (< |logits[2]| log!204)))
 (= $x154 (< exp!1 exp!9))))
(assert
 (let (($x321 (< log!204 |logits[0]|)))
 (= $x321 (< exp!9 exp!2))))
(assert
 (let (($x309 (< |logits[0]| log!204)))
 (= $x309 (< exp!2 exp!9))))
(assert
 (let (($x480 (< log!204 |logits[1]|)))
 (= $x480 (< exp!9 exp!3))))
(assert
 (let (($x724 (< |logits[1]| log!204)))
 (= $x724 (< exp!3 exp!9))))
(assert
 (let (($x612 (< log!204 log!98)))
 (= $x612 (< exp!9 exp!5))))
(assert
 (let (($x487 (< log!98 log!204)))
 (= $x487 (< exp!5 exp!9))))
(assert
 (let (($x432 (< log!204 log!150)))
 (= $x432 (< exp!9 exp!7))))
(assert
 (let (($x380 (< log!150 log!204)))
 (= $x380 (< exp!7 exp!9))))
(assert
 (let (($x136 (< log!204 log!204)))
 (= $x136 (< exp!9 exp!8))))
(assert
 (let (($x136 (< log!204 log!204)))
 (= $x136 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x662 (> log!204 0.0)))
 (= $x662 (> exp!9 1.0))))
(assert
 (let ((?x177 (+ 1.0 log!204)))
 (>= exp!9 ?x177)))
(assert
 (let ((?x128 (* 1.0 exp!2)))
(let ((?x207 (/ ?x128 exp!3)))
(let ((?x429 (+ 1.0 ?x207)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x210 (/ ?x24 exp!3)))
(let ((?x323 (+ ?x210 ?x429)))
(let (($x167 (> ?x323 0.0)))
(=> $x167 (= exp!9 ?x323))))))))))
(check-sat)
(pop 1)
; region 4 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!7 () Real)
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!98 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!150 () Real)
(declare-fun exp!8 () Real)
(declare-fun log!204 () Real)
(declare-fun exp!9 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (< 0.0 ?x132))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let (($x529 (= 0.0 ?x132)))
 (not $x529)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let (($x529 (= 0.0 ?x132)))
 (not $x529)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let (($x529 (= 0.0 ?x132)))
 (not $x529)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (< 0.0 ?x132))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let (($x529 (= 0.0 ?x132)))
 (not $x529)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let (($x529 (= 0.0 ?x132)))
 (not $x529)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let ((?x335 (/ ?x129 ?x132)))
 (let ((?x156 (- ?x335)))
 (let ((?x158 (+ 1.0 ?x156)))
 (let ((?x211 (* 0.0 ?x158)))
 (let ((?x221 (+ ?x156 ?x211)))
 (let ((?x157 (* 0.0 ?x156)))
 (let ((?x225 (+ ?x157 ?x221)))
 (let ((?x328 (/ ?x131 exp!7)))
 (let ((?x227 (* ?x328 ?x225)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[1]| ?x114)))
 (let ((?x406 (* ?x115 ?x227)))
 (let ((?x116 (- ?x115)))
 (let ((?x291 (/ ?x116 ?x132)))
 (let ((?x332 (* ?x129 ?x291)))
 (let ((?x333 (* ?x328 ?x332)))
 (or (and (distinct ?x333 ?x406) true)))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x35 (< |logits[1]| |logits[2]|)))
 (= $x35 (< exp!3 exp!1))))
(assert
 (let (($x38 (< |logits[2]| |logits[1]|)))
 (= $x38 (< exp!1 exp!3))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (let (($x60 (< log!98 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!98)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!98 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!98)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!98 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!98)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!98 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!98)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54))))))))))
(assert
 (let (($x60 (< log!98 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!98)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!98 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!98)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!98 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!98)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!98 log!98)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!98 log!98)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!98 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!98)))
 (>= exp!5 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!5 ?x54))))))))))
(assert
 (let (($x467 (< log!150 |logits[2]|)))
 (= $x467 (< exp!6 exp!1))))
(assert
 (let (($x178 (< |logits[2]| log!150)))
 (= $x178 (< exp!1 exp!6))))
(assert
 (let (($x460 (< log!150 |logits[0]|)))
 (= $x460 (< exp!6 exp!2))))
(assert
 (let (($x526 (< |logits[0]| log!150)))
 (= $x526 (< exp!2 exp!6))))
(assert
 (let (($x518 (< log!150 |logits[1]|)))
 (= $x518 (< exp!6 exp!3))))
(assert
 (let (($x519 (< |logits[1]| log!150)))
 (= $x519 (< exp!3 exp!6))))
(assert
 (let (($x527 (< log!150 log!98)))
 (= $x527 (< exp!6 exp!5))))
(assert
 (let (($x509 (< log!98 log!150)))
 (= $x509 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x161 (> log!150 0.0)))
 (= $x161 (> exp!6 1.0))))
(assert
 (let ((?x163 (+ 1.0 log!150)))
 (>= exp!6 ?x163)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let (($x188 (> ?x132 0.0)))
 (=> $x188 (= exp!6 ?x132))))))))))
(assert
 (let (($x467 (< log!150 |logits[2]|)))
 (= $x467 (< exp!7 exp!1))))
(assert
 (let (($x178 (< |logits[2]| log!150)))
 (= $x178 (< exp!1 exp!7))))
(assert
 (let (($x460 (< log!150 |logits[0]|)))
 (= $x460 (< exp!7 exp!2))))
(assert
 (let (($x526 (< |logits[0]| log!150)))
 (= $x526 (< exp!2 exp!7))))
(assert
 (let (($x518 (< log!150 |logits[1]|)))
 (= $x518 (< exp!7 exp!3))))
(assert
 (let (($x519 (< |logits[1]| log!150)))
 (= $x519 (< exp!3 exp!7))))
(assert
 (let (($x527 (< log!150 log!98)))
 (= $x527 (< exp!7 exp!5))))
(assert
 (let (($x509 (< log!98 log!150)))
 (= $x509 (< exp!5 exp!7))))
(assert
 (let (($x276 (< log!150 log!150)))
 (= $x276 (< exp!7 exp!6))))
(assert
 (let (($x276 (< log!150 log!150)))
 (= $x276 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x161 (> log!150 0.0)))
 (= $x161 (> exp!7 1.0))))
(assert
 (let ((?x163 (+ 1.0 log!150)))
 (>= exp!7 ?x163)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let (($x188 (> ?x132 0.0)))
 (=> $x188 (= exp!7 ?x132))))))))))
(assert
 (let (($x619 (< log!204 |logits[2]|)))
 (= $x619 (< exp!8 exp!1))))
(assert
 (let (($x154 (< |logits[2]| log!204)))
 (= $x154 (< exp!1 exp!8))))
(assert
 (let (($x321 (< log!204 |logits[0]|)))
 (= $x321 (< exp!8 exp!2))))
(assert
 (let (($x309 (< |logits[0]| log!204)))
 (= $x309 (< exp!2 exp!8))))
(assert
 (let (($x480 (< log!204 |logits[1]|)))
 (= $x480 (< exp!8 exp!3))))
(assert
 (let (($x724 (< |logits[1]| log!204)))
 (= $x724 (< exp!3 exp!8))))
(assert
 (let (($x612 (< log!204 log!98)))
 (= $x612 (< exp!8 exp!5))))
(assert
 (let (($x487 (< log!98 log!204)))
 (= $x487 (< exp!5 exp!8))))
(assert
 (let (($x432 (< log!204 log!150)))
 (= $x432 (< exp!8 exp!7))))
(assert
 (let (($x380 (< log!150 log!204)))
 (= $x380 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x662 (> log!204 0.0)))
 (= $x662 (> exp!8 1.0))))
(assert
 (let ((?x177 (+ 1.0 log!204)))
 (>= exp!8 ?x177)))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x207 (/ ?x128 exp!3)))
 (let ((?x429 (+ 1.0 ?x207)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x210 (/ ?x24 exp!3)))
 (let ((?x323 (+ ?x210 ?x429)))
 (let (($x167 (> ?x323 0.0)))
 (=> $x167 (= exp!8 ?x323))))))))))
(assert
 (let (($x619 (< log!204 |logits[2]|)))
 (= $x619 (< exp!9 exp!1))))
(assert
 (let (($x154 (< |logits[2]| log!204)))
 (= $x154 (< exp!1 exp!9))))
(assert
 (let (($x321 (< log!204 |logits[0]|)))
 (= $x321 (< exp!9 exp!2))))
(assert
 (let (($x309 (< |logits[0]| log!204)))
 (= $x309 (< exp!2 exp!9))))
(assert
 (let (($x480 (< log!204 |logits[1]|)))
 (= $x480 (< exp!9 exp!3))))
(assert
 (let (($x724 (< |logits[1]| log!204)))
 (= $x724 (< exp!3 exp!9))))
(assert
 (let (($x612 (< log!204 log!98)))
 (= $x612 (< exp!9 exp!5))))
(assert
 (let (($x487 (< log!98 log!204)))
 (= $x487 (< exp!5 exp!9))))
(assert
 (let (($x432 (< log!204 log!150)))
 (= $x432 (< exp!9 exp!7))))
(assert
 (let (($x380 (< log!150 log!204)))
 (= $x380 (< exp!7 exp!9))))
(assert
 (let (($x136 (< log!204 log!204)))
 (= $x136 (< exp!9 exp!8))))
(assert
 (let (($x136 (< log!204 log!204)))
 (= $x136 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x662 (> log!204 0.0)))
 (= $x662 (> exp!9 1.0))))
(assert
 (let ((?x177 (+ 1.0 log!204)))
 (>= exp!9 ?x177)))
(assert
 (let ((?x128 (* 1.0 exp!2)))
(let ((?x207 (/ ?x128 exp!3)))
(let ((?x429 (+ 1.0 ?x207)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x210 (/ ?x24 exp!3)))
(let ((?x323 (+ ?x210 ?x429)))
(let (($x167 (> ?x323 0.0)))
(=> $x167 (= exp!9 ?x323))))))))))
(check-sat)
(pop 1)
